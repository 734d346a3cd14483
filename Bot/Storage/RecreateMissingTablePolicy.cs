using Azure.Core;
using Azure.Core.Pipeline;

namespace IntervisieBot.Storage;

/// <summary>
/// Storage that comes back without its tables (a new or emptied account) must not leave the bot answering 503 for ever:
/// when an entity or query request gets 404 <c>TableNotFound</c>, this policy creates that table and sends the request
/// once more. <see cref="TableStore"/> creates each table on first use; this covers tables that vanished afterwards.
/// </summary>
public sealed class RecreateMissingTablePolicy : HttpPipelinePolicy
{
    private Func<string, CancellationToken, Task>? _createTable;

    /// <summary>How a missing table is created (set once the client that owns this pipeline exists).</summary>
    public void Attach(Func<string, CancellationToken, Task> createTable) => _createTable = createTable;

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
        if (_createTable is null || !message.HasResponse || message.Response.Status != 404 || !IsTableNotFound(message.Response)) return;
        if (TableOf(message.Request.Uri.Path) is not { } table) return;
        await _createTable(table, message.CancellationToken).ConfigureAwait(false);
        await ProcessNextAsync(message, pipeline).ConfigureAwait(false);
    }

    private static bool IsTableNotFound(Azure.Response response)
    {
        if (response.Headers.TryGetValue("x-ms-error-code", out var code)) return code == "TableNotFound";
        return response.Content.ToString().Contains("TableNotFound", StringComparison.Ordinal);
    }

    /// <summary>The table an entity or query path addresses (<c>…/Name(PartitionKey=…)</c>, <c>…/Name()</c>, <c>…/Name</c>); null for table-level operations.</summary>
    internal static string? TableOf(string path)
    {
        var segment = path.TrimEnd('/');
        segment = segment[(segment.LastIndexOf('/') + 1)..];
        var parenthesis = segment.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis >= 0) segment = segment[..parenthesis];
        segment = Uri.UnescapeDataString(segment);
        if (segment.Length == 0 || segment.Equals("Tables", StringComparison.OrdinalIgnoreCase) || segment.StartsWith('$')) return null;
        return segment.All(char.IsAsciiLetterOrDigit) ? segment : null;
    }
}
