using System.Globalization;
using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Teams.Roles;

public sealed class RolesCardSamples : ICardSampleSource
{
    public IEnumerable<CardSample> GetSamples(CultureInfo culture)
    {
        ChannelAccount[] members =
        [
            new() { Id = "29:a", AadObjectId = "00000000-0000-0000-0000-00000000000a", Name = "Klantmanager A" },
            new() { Id = "29:b", AadObjectId = "00000000-0000-0000-0000-00000000000b", Name = "Klantmanager B" },
            new() { Id = "29:t", AadObjectId = "00000000-0000-0000-0000-00000000000t", Name = "Teamleider T" },
        ];
        var roles = new Dictionary<string, TeamRole> { ["00000000-0000-0000-0000-00000000000t"] = TeamRole.Teamleider, ["00000000-0000-0000-0000-00000000000a"] = TeamRole.Kennismakelaar };
        yield return new CardSample("roles.card", RolesCard.Create(culture, members, roles));
        yield return new CardSample("roles.saved", RolesCard.Create(culture, members, roles, RolesStrings.RolesSaved(culture, 1, 1)));
        yield return new CardSample("roles.no-teamleider", RolesRoutes.ClaimCard(culture));
        yield return new CardSample("roles.not-allowed", NoticeCard.Create(culture, RolesStrings.NotAllowedTitle(culture), RolesStrings.NotAllowedBody(culture), TextColor.Attention));
    }
}
