namespace IntervisieBot.Features.Export.Domain;

/// <summary>The export commands (Dutch first); the sources name which one offers them.</summary>
public static class ExportCommands
{
    public static readonly string[] Library = ["exporteer bibliotheek", "export library"];
    public static readonly string[] TeamOverview = ["exporteer team overzicht", "exporteer teamoverzicht", "export team overview"];
    public static readonly string[] MyData = ["exporteer mijn gegevens", "export my data"];
}
