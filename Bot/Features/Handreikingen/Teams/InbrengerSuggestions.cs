using IntervisieBot.Cards;
using IntervisieBot.Features.Handreikingen.Curation;
using IntervisieBot.Features.Intervisie.Teams;
using IntervisieBot.Features.Teams.Roles;
using IntervisieBot.Localization;
using IntervisieBot.Protocol.Schema;
using IntervisieBot.Protocol.Turns;

namespace IntervisieBot.Features.Handreikingen.Teams;

/// <summary>
/// After the inbrenger described the casus in a round, the bot suggests handreikingen to the inbrenger privately (a 1:1
/// chat), never in the team's channel: a suggestion, not a verdict in front of colleagues. Nothing is sent when nothing fits.
/// </summary>
public sealed class InbrengerSuggestions(LiveCatalogue catalogue) : ICasusSubmittedListener
{
    public async Task OnCasusSubmittedAsync(TurnContext turn, string casusText, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.GetAsync(cancellationToken).ConfigureAwait(false);
        // Colleagues' lessons as the inbrenger may read them: their team's and their own, never another team's.
        var audience = new LessonAudience(turn.TenantId ?? "", TeamScope.From(turn.Activity)?.TeamKey, TeamScope.UserKey(turn.Activity.From));
        var recommendation = await snapshot.Recommender.RecommendAsync(casusText, turn.Culture(), audience, cancellationToken).ConfigureAwait(false);
        if (recommendation.NothingFound || turn.Activity.From?.Id is not { Length: > 0 } userId) return;

        var conversation = await turn.Connector.CreateConversationAsync(turn.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Bot = turn.Activity.Recipient,
            Members = [new ChannelAccount { Id = userId }],
            TenantId = turn.TenantId,
            ChannelData = new { tenant = new { id = turn.TenantId } },
        }, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrEmpty(conversation.Id)) return;

        var message = new Activity
        {
            Type = ActivityTypes.Message,
            From = turn.Activity.Recipient,
            Conversation = new ConversationAccount { Id = conversation.Id, ConversationType = "personal", TenantId = turn.TenantId },
            Locale = turn.Culture().Name,
            Attachments = [CardAttachment.Create(CasusCards.Suggestions(turn.Culture(), recommendation))],
        };
        await turn.Connector.SendAsync(turn.ServiceUrl, conversation.Id, message, cancellationToken).ConfigureAwait(false);
    }
}
