using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using IntervisieBot.Features.Export.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Privacy.Rights;

namespace IntervisieBot.Features.MyData;

/// <summary>
/// <c>exporteer mijn gegevens</c>: what "mijn gegevens" shows (every area's counts and what stays after deletion) plus the
/// content every area keeps about the person (<see cref="IPersonalDataContributor.ExportAsync"/>: texts, choices, dates), as
/// one JSON file for the person asking (GDPR article 15/20).
/// </summary>
public sealed class MyDataExport(IEnumerable<IPersonalDataContributor> contributors) : IExportSource
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,   // é stays é in a file a person reads; JSON stays valid
    };

    public string Kind => "mydata-json";
    public IReadOnlyList<string> Commands => ExportCommands.MyData;
    public TeamRole Role => TeamRole.None;

    public async Task<ExportFile> CreateAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var subject = new DataSubject(request.TenantId, request.UserKey, request.UserId, request.ConversationId);
        var overview = new List<PersonalDataReport>();
        var content = new List<PersonalDataExportSection>();
        foreach (var contributor in contributors)
        {
            overview.Add(await contributor.DescribeAsync(subject, request.Culture, cancellationToken).ConfigureAwait(false));
            content.Add(await contributor.ExportAsync(subject, request.Culture, cancellationToken).ConfigureAwait(false));
        }
        var document = new
        {
            exported = request.Now,
            language = request.Culture.TwoLetterISOLanguageName,
            overview = overview.Select(r => new
            {
                area = r.Area,
                items = r.Items.Select(i => new { description = i.Description, count = i.Count }),
                remainsAfterDeletion = r.Remains,
            }),
            content = content.Select(c => new { area = c.Area, items = c.Items }),
        };
        var name = "mijn-gegevens-" + request.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".json";
        return new ExportFile(name, "application/json", JsonSerializer.SerializeToUtf8Bytes(document, Json));
    }
}
