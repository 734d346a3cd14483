namespace IntervisieBot.Features.Export.Domain;

/// <summary>A file to offer: its name (shown on the consent card), its MIME type and its bytes (UTF-8 text).</summary>
public sealed record ExportFile(string Name, string ContentType, byte[] Content);
