using System.Text;

namespace IntervisieBot.Protocol.Connector;

/// <summary>
/// The one place connector URLs are built. Every path segment is percent-escaped (Teams conversation ids
/// contain <c>: ; @ =</c>), and the serviceUrl may come with or without a trailing slash and with a path
/// (e.g. <c>https://smba.trafficmanager.net/emea/</c>).
/// </summary>
internal static class ConnectorUrls
{
    public static Uri Conversations(Uri serviceUrl) => Build(serviceUrl, ["v3", "conversations"], null);

    public static Uri Team(Uri serviceUrl, string teamId) => Build(serviceUrl, ["v3", "teams", Id(teamId, nameof(teamId))], null);

    public static Uri Activities(Uri serviceUrl, string conversationId) =>
        Build(serviceUrl, ["v3", "conversations", Id(conversationId, nameof(conversationId)), "activities"], null);

    /// <summary>
    /// A targeted message (Teams docs, agents-in-teams/targeted-messages): the same route with
    /// <c>?isTargetedActivity=true</c>; the activity's <c>recipient</c> is the one person who sees it.
    /// </summary>
    public static Uri TargetedActivities(Uri serviceUrl, string conversationId) =>
        Build(serviceUrl, ["v3", "conversations", Id(conversationId, nameof(conversationId)), "activities"], [new("isTargetedActivity", "true")]);

    public static Uri Activity(Uri serviceUrl, string conversationId, string activityId) =>
        Build(serviceUrl, ["v3", "conversations", Id(conversationId, nameof(conversationId)), "activities", Id(activityId, nameof(activityId))], null);

    public static Uri PagedMembers(Uri serviceUrl, string conversationId, int? pageSize, string? continuationToken)
    {
        List<KeyValuePair<string, string>> query = [];
        if (pageSize is { } size) query.Add(new("pageSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (!string.IsNullOrEmpty(continuationToken)) query.Add(new("continuationToken", continuationToken));
        return Build(serviceUrl, ["v3", "conversations", Id(conversationId, nameof(conversationId)), "pagedmembers"], query);
    }

    private static string Id(string value, string parameterName)
    {
        // "." and ".." would be collapsed as dot-segments by any URL parser; no connector id looks like that.
        if (string.IsNullOrWhiteSpace(value) || value is "." or "..")
        {
            throw new ArgumentException("A conversation or activity id must be a non-empty id.", parameterName);
        }
        return value;
    }

    private static Uri Build(Uri serviceUrl, IReadOnlyList<string> segments, IReadOnlyList<KeyValuePair<string, string>>? query)
    {
        // Scheme, authority and path of the serviceUrl; its query and fragment (never sent by Teams) are dropped.
        var text = new StringBuilder(serviceUrl.GetLeftPart(UriPartial.Path));
        if (text[^1] != '/') text.Append('/');
        for (var i = 0; i < segments.Count; i++)
        {
            if (i > 0) text.Append('/');
            text.Append(Uri.EscapeDataString(segments[i]));
        }
        if (query is { Count: > 0 })
        {
            text.Append('?');
            text.AppendJoin('&', query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        }
        return new Uri(text.ToString(), UriKind.Absolute);
    }
}
