
namespace IntervisieBot.Features.Scheduling.Domain;

/// <summary>
/// Which Teams meeting a join link names: the segment after <c>/l/meetup-join/</c>, unescaped — the meeting's chat thread
/// (e.g. <c>19:meeting_…@thread.v2</c>). Graph's <c>joinUrl</c> and the meeting events' <c>JoinUrl</c> name the same
/// meeting but may escape it differently (<c>%3a</c> / <c>%3A</c>), so meetings are compared by this, not by the string.
/// </summary>
public static class MeetingJoinUrl
{
    private const string Marker = "/l/meetup-join/";

    /// <summary>The meeting's thread, or null when <paramref name="joinUrl"/> is no https Teams join link.</summary>
    public static string? ThreadId(string? joinUrl)
    {
        if (!Uri.TryCreate(joinUrl, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps) return null;
        var path = uri.AbsolutePath;
        var start = path.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        var segment = path[(start + Marker.Length)..].Split('/')[0];
        var thread = Uri.UnescapeDataString(segment).Trim();
        return thread.Length is > 0 and <= 512 ? thread : null;
    }
}
