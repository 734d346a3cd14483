using System.Globalization;
using System.Text.Json.Nodes;
using IntervisieBot.Cards;
using IntervisieBot.Features.Shared;
using IntervisieBot.Protocol.Schema;

namespace IntervisieBot.Features.Teams.Roles;

/// <summary>The teamleider's card to assign teamleider and kennismakelaar roles among the team's members.</summary>
public static class RolesCard
{
    public const string SaveVerb = "roles.save";
    public const string TeamleidersInput = "teamleiders";
    public const string KennismakelaarsInput = "kennismakelaars";
    public const int MaxMembersListed = 100;

    public static AdaptiveCard Create(CultureInfo culture, IReadOnlyList<ChannelAccount> members, IReadOnlyDictionary<string, TeamRole> roles, string? notice = null)
    {
        var listed = Listed(members);
        var choices = listed
            .Select(m => new Choice(string.IsNullOrWhiteSpace(m.Name) ? TeamScope.UserKey(m) : m.Name!, TeamScope.UserKey(m)))
            .OrderBy(c => c.Title, StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        string Selected(TeamRole role) => string.Join(',', roles.Where(r => r.Value.HasFlag(role)).Select(r => r.Key).Where(k => choices.Any(c => c.Value == k)));

        var title = RolesStrings.RolesTitle(culture);
        List<CardElement> body =
        [
            new TextBlock { Text = title, Weight = TextWeight.Bolder, Size = TextSize.Medium, Wrap = true },
            new TextBlock { Text = RolesStrings.RolesIntro(culture), Wrap = true },
        ];
        if (notice is not null) body.Add(new TextBlock { Text = notice, Wrap = true, Color = TextColor.Good });
        if (members.Count > MaxMembersListed) body.Add(new TextBlock { Text = RolesStrings.RolesTooMany(culture, MaxMembersListed), Wrap = true, IsSubtle = true });
        body.Add(new InputChoiceSet
        {
            Id = TeamleidersInput,
            Label = RolesStrings.RolesTeamleiders(culture),
            Choices = choices,
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = Selected(TeamRole.Teamleider),
        });
        body.Add(new InputChoiceSet
        {
            Id = KennismakelaarsInput,
            Label = RolesStrings.RolesKennismakelaars(culture),
            Choices = choices,
            IsMultiSelect = true,
            Style = ChoiceInputStyle.Expanded,
            Value = Selected(TeamRole.Kennismakelaar),
        });
        return new AdaptiveCard
        {
            Body = body,
            Actions = [CardActions.Execute(RolesStrings.RolesSave(culture), SaveVerb, new JsonObject().WithShown([TeamleidersInput, KennismakelaarsInput]))],
            FallbackText = title,
            Lang = culture.TwoLetterISOLanguageName,
        };
    }

    /// <summary>The members the card lists (the first <see cref="MaxMembersListed"/> with a user key); a save changes only their roles.</summary>
    public static IReadOnlyList<ChannelAccount> Listed(IReadOnlyList<ChannelAccount> members) =>
        [.. members.Where(m => TeamScope.UserKey(m).Length > 0).Take(MaxMembersListed)];
}
