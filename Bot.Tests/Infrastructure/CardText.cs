using System.Text.Json;

namespace IntervisieBot.Tests.Infrastructure;

/// <summary>Reads the visible texts of the Adaptive Card(s) in an outgoing activity, for assertions.</summary>
public static class CardText
{
    public static IReadOnlyList<string> Of(JsonElement? activity)
    {
        var texts = new List<string>();
        if (activity is not { ValueKind: JsonValueKind.Object } body || !body.TryGetProperty("attachments", out var attachments)) return texts;
        foreach (var attachment in attachments.EnumerateArray())
        {
            if (attachment.TryGetProperty("content", out var content)) Collect(content, texts);
        }
        return texts;
    }

    public static IReadOnlyList<string> OfCard(JsonElement card)
    {
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" or "value" && property.Value.ValueKind == JsonValueKind.String)
                        texts.Add(property.Value.GetString()!);
                    else
                        Collect(property.Value, texts);
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, texts);
                break;
        }
    }
}
