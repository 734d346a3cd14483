using IntervisieBot.Cards;
using IntervisieBot.Cards.Common;

namespace IntervisieBot.Privacy;

/// <summary>The notice to someone whose own post in a channel or group chat the guard refused (sent by <c>Features.Shared.OwnPostNotice</c>).</summary>
public static class OwnPostNoticeCard
{
    public static AdaptiveCard Create(System.Globalization.CultureInfo culture) =>
        NoticeCard.Create(culture, PrivacyCardStrings.OwnPostTitle(culture), PrivacyCardStrings.OwnPostBody(culture), TextColor.Attention);
}
