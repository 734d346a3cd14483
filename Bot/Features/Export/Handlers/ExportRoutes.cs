using System.Text.Json;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Export.Cards;
using IntervisieBot.Features.Export.Domain;
using IntervisieBot.Features.Shared;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Connector;
using IntervisieBot.Protocol.Files;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;
using Microsoft.Extensions.Logging;

namespace IntervisieBot.Features.Export.Handlers;

/// <summary>
/// Files out of the bot without OneDrive or Graph access for the bot: a command offers each file with a Teams file consent
/// card in the person's personal chat (the only place Teams allows it); when they accept, Teams gives an upload url in their
/// own OneDrive, the bot builds the file again (role checked again), PUTs it there and posts a file info card. Nothing is
/// stored in between and no link to the bot carries data (see <c>docs/export.md</c>, threat model in <c>docs/security.md</c>).
/// </summary>
public sealed class ExportRoutes(
    IEnumerable<IExportSource> sources,
    AccessControl access,
    FileUploadClient uploads,
    TimeProvider time,
    ILogger<ExportRoutes> logger) : IRouteContributor
{
    /// <summary>Context keys of the consent card (what comes back in the invoke; checked, never trusted for access).</summary>
    public const string KindKey = "export";
    public const string TeamKey = "team";
    private const int MaxTeamKeyLength = 256;

    private readonly IReadOnlyDictionary<string, IExportSource> _byKind = sources.ToDictionary(s => s.Kind, StringComparer.Ordinal);

    public void AddRoutes(RouteTableBuilder routes)
    {
        foreach (var group in _byKind.Values.SelectMany(s => s.Commands.Select(c => (Phrase: RouteTableBuilder.Normalize(c), Source: s)))
                     .GroupBy(p => p.Phrase, StringComparer.Ordinal))
        {
            IReadOnlyList<IExportSource> offered = [.. group.Select(p => p.Source)];
            if (offered.Select(s => s.Role).Distinct().Count() > 1)
                throw new InvalidOperationException($"Export command '{group.Key}' mixes sources that need different roles.");
            routes.Command(group.Key, (turn, cancellationToken) => OfferAsync(turn, offered, cancellationToken));
        }
        routes.Invoke(InvokeNames.FileConsent, AnswerAsync);
    }

    private async Task OfferAsync(TurnContext turn, IReadOnlyList<IExportSource> offered, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var role = offered[0].Role;
        var scope = TeamScope.From(turn.Activity);
        if (role == TeamRole.None && scope is not null)
        {
            await turn.SendCardAsync(NoticeCard.Create(culture, ExportStrings.OnlyPersonalTitle(culture), ExportStrings.OnlyPersonalBody(culture)), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (role != TeamRole.None && scope is null)
        {
            await turn.SendCardAsync(NoticeCard.Create(culture, ExportStrings.OnlyTeamTitle(culture), ExportStrings.OnlyTeamBody(culture)), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (role != TeamRole.None && !await access.ActorHasAsync(turn, role, cancellationToken).ConfigureAwait(false))
        {
            ExportLog.Refused(logger, offered[0].Kind, "role");
            await turn.SendCardAsync(NotAllowed(culture, role), cancellationToken).ConfigureAwait(false);
            return;
        }

        var request = Request(turn, scope?.TeamKey);
        List<Attachment> consents = [];
        foreach (var source in offered)
        {
            var file = await source.CreateAsync(request, cancellationToken).ConfigureAwait(false);
            consents.Add(ConsentAttachment(culture, source.Kind, file, scope?.TeamKey));
            ExportLog.Offered(logger, source.Kind, file.Content.Length);
        }

        if (scope is null)
        {
            foreach (var consent in consents) await turn.SendAsync(turn.CreateReply(attachments: [consent]), cancellationToken).ConfigureAwait(false);
            return;
        }
        var delivered = false;
        try
        {
            delivered = await turn.SendToPersonalChatAsync(turn.Activity.From?.Id ?? "", consents, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectorException e)
        {
            ExportLog.PersonalChatFailed(logger, e.StatusCode);
        }
        await turn.SendCardAsync(delivered
            ? NoticeCard.Create(culture, ExportStrings.SentTitle(culture), ExportStrings.SentBody(culture))
            : NoticeCard.Create(culture, ExportStrings.NotSentTitle(culture), ExportStrings.NotSentBody(culture), TextColor.Attention), cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> AnswerAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var culture = turn.Culture();
        var answer = Parse(turn.Activity.Value);
        if (answer is null || TeamScope.From(turn.Activity) is not null)
        {
            ExportLog.Refused(logger, "-", answer is null ? "malformed" : "not-personal");
            return new InvokeResponse(400);
        }
        var (response, kind, teamKey) = answer.Value;
        if (!_byKind.TryGetValue(kind, out var source) || (source.Role != TeamRole.None) != (teamKey is not null))
        {
            ExportLog.Refused(logger, "-", "context");
            return new InvokeResponse(400);
        }
        if (response.Action == FileConsentCardResponse.Decline)
        {
            ExportLog.Declined(logger, kind);
            await turn.SendCardAsync(NoticeCard.Create(culture, ExportStrings.DeclinedTitle(culture), ExportStrings.DeclinedBody(culture)), cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }

        var userKey = TeamScope.UserKey(turn.Activity.From);
        if (teamKey is not null)
        {
            if (!await access.HoldsAsync(new TeamScope(turn.TenantId ?? "", teamKey, teamKey), userKey, source.Role, cancellationToken).ConfigureAwait(false))
            {
                ExportLog.Refused(logger, kind, "role");
                await turn.SendCardAsync(NotAllowed(culture, source.Role), cancellationToken).ConfigureAwait(false);
                return new InvokeResponse(200);
            }
        }

        var info = response.UploadInfo!;
        var file = await source.CreateAsync(Request(turn, teamKey), cancellationToken).ConfigureAwait(false);
        try
        {
            if (!UploadUrlPolicy.IsAllowed(info.ContentUrl, uploads.Options, out _)) throw new FileUploadException("untrusted-url");
            await uploads.UploadAsync(info.UploadUrl, file.ContentType, file.Content, cancellationToken).ConfigureAwait(false);
        }
        catch (FileUploadException e)
        {
            ExportLog.UploadFailed(logger, kind, e.Reason);
            await turn.SendCardAsync(NoticeCard.Create(culture, ExportStrings.UploadFailedTitle(culture), ExportStrings.UploadFailedBody(culture), TextColor.Attention), cancellationToken).ConfigureAwait(false);
            return new InvokeResponse(200);
        }
        ExportLog.Uploaded(logger, kind, file.Content.Length);
        await turn.SendAsync(turn.CreateReply(attachments:
        [
            new Attachment
            {
                ContentType = FileInfoCard.ContentType,
                ContentUrl = info.ContentUrl,
                Name = info.Name ?? file.Name,
                Content = new FileInfoCard { UniqueId = info.UniqueId, FileType = info.FileType ?? Path.GetExtension(file.Name).TrimStart('.') },
            },
        ]) with { ReplyToId = null }, cancellationToken).ConfigureAwait(false);
        return new InvokeResponse(200);
    }

    private static Attachment ConsentAttachment(System.Globalization.CultureInfo culture, string kind, ExportFile file, string? teamKey)
    {
        var context = teamKey is null
            ? new Dictionary<string, string> { [KindKey] = kind }
            : new Dictionary<string, string> { [KindKey] = kind, [TeamKey] = teamKey };
        return new Attachment
        {
            ContentType = FileConsentCard.ContentType,
            Name = file.Name,
            Content = new FileConsentCard
            {
                Description = ExportStrings.ConsentDescription(culture, file.Name),
                SizeInBytes = file.Content.Length,
                AcceptContext = context,
                DeclineContext = context,
            },
        };
    }

    /// <summary>The invoke value, or null when it is not a well-formed answer to one of our consent cards.</summary>
    private static (FileConsentCardResponse Response, string Kind, string? TeamKey)? Parse(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } element) return null;
        FileConsentCardResponse? response;
        try
        {
            response = element.Deserialize<FileConsentCardResponse>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
        if (response is null || response.Action is not (FileConsentCardResponse.Accept or FileConsentCardResponse.Decline)) return null;
        if (response.Action == FileConsentCardResponse.Accept && string.IsNullOrEmpty(response.UploadInfo?.UploadUrl)) return null;
        if (response.Context is not { ValueKind: JsonValueKind.Object } context
            || !context.TryGetProperty(KindKey, out var kind) || kind.ValueKind != JsonValueKind.String) return null;
        string? team = null;
        if (context.TryGetProperty(TeamKey, out var teamValue))
        {
            if (teamValue.ValueKind != JsonValueKind.String || teamValue.GetString() is not { Length: > 0 and <= MaxTeamKeyLength } t) return null;
            team = t;
        }
        return (response, kind.GetString()!, team);
    }

    private ExportRequest Request(TurnContext turn, string? teamKey) =>
        new(turn.TenantId ?? "", TeamScope.UserKey(turn.Activity.From), turn.Activity.From?.Id ?? "", turn.ConversationId, teamKey, turn.Culture(), time.GetUtcNow());

    private static AdaptiveCard NotAllowed(System.Globalization.CultureInfo culture, TeamRole role) => NoticeCard.Create(culture,
        role == TeamRole.Teamleider ? ExportStrings.OnlyTeamleiderTitle(culture) : ExportStrings.OnlyKennismakelaarTitle(culture),
        ExportStrings.NotAllowedBody(culture), TextColor.Attention);
}
