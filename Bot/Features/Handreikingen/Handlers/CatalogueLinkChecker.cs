using IntervisieBot.Features.Handreikingen.Domain;

namespace IntervisieBot.Features.Handreikingen.Handlers;

/// <summary>One link of the catalogue that could not be opened: the entry, its address and why (an HTTP status or the failure).</summary>
public sealed record LinkProblem(string EntryId, string Url, string Problem);

/// <summary>
/// <c>catalogue check-links</c>: opens every entry's link (GET, headers only, a few at a time) and reports those that answer
/// 4xx/5xx or cannot be reached, so a kennismakelaar can fix them. Entries without a link are skipped.
/// </summary>
public sealed class CatalogueLinkChecker(HttpClient http)
{
    public const string HttpClientName = "catalogue-links";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private const int Parallel = 4;

    public async Task<IReadOnlyList<LinkProblem>> CheckAsync(IEnumerable<Handreiking> entries, CancellationToken cancellationToken)
    {
        var withLinks = entries.Where(e => e.Url.Length > 0).ToList();
        var problems = new LinkProblem?[withLinks.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(
            Enumerable.Range(0, withLinks.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (i, token) => problems[i] = await CheckOneAsync(withLinks[i], token).ConfigureAwait(false)).ConfigureAwait(false);
        return [.. problems.OfType<LinkProblem>()];
    }

    private async Task<LinkProblem?> CheckOneAsync(Handreiking entry, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, entry.Url);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            return (int)response.StatusCode >= 400 ? new LinkProblem(entry.Id, entry.Url, $"HTTP {(int)response.StatusCode}") : null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new LinkProblem(entry.Id, entry.Url, $"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return new LinkProblem(entry.Id, entry.Url, ex.HttpRequestError.ToString());
        }
    }
}
