using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntervisieBot.Cards;

/// <summary>
/// How a submitted form's inputs are read so that a missing field never changes what is stored. A form lists the inputs it
/// shows in its action data (<see cref="ShownData"/>): a client leaves an emptied input out of the data, so a listed input
/// that is absent was cleared on the form (""), while an input the form did not list, or a value that is not a string, is
/// missing (null) and the caller keeps the stored value (or the narrowest one for a new item).
/// </summary>
public static class FormFields
{
    public const string ShownData = "shown";

    /// <summary>Adds the list of inputs a form shows to its action data.</summary>
    public static JsonObject WithShown(this JsonObject data, IEnumerable<string> inputIds)
    {
        ArgumentNullException.ThrowIfNull(data);
        data[ShownData] = string.Join(',', inputIds);
        return data;
    }

    /// <summary>True when the data says its form showed <paramref name="inputId"/>.</summary>
    private static bool WasShown(JsonElement data, string inputId) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(ShownData, out var shown) && shown.ValueKind == JsonValueKind.String
        && shown.GetString()!.Split(',', StringSplitOptions.TrimEntries).Contains(inputId, StringComparer.Ordinal);

    /// <summary>
    /// The submitted value of <paramref name="inputId"/>, trimmed; "" when the form showed it and the client left it out
    /// (emptied); null when it is missing or unreadable.
    /// </summary>
    public static string? Read(JsonElement data, string inputId)
    {
        if (data.ValueKind != JsonValueKind.Object) return null;
        if (data.TryGetProperty(inputId, out var value))
            return value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
        return WasShown(data, inputId) ? "" : null;
    }
}
