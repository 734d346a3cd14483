namespace IntervisieBot.Hosting;

/// <summary>The public pages the Teams manifest links to (website, privacy, terms), served from embedded HTML.</summary>
public static class InfoPages
{
    private static readonly (string Path, string Resource)[] Pages =
    [
        ("/", "index.html"),
        ("/privacy", "privacy.html"),
        ("/voorwaarden", "voorwaarden.html"),
    ];

    public static IEndpointRouteBuilder MapInfoPages(this IEndpointRouteBuilder endpoints)
    {
        foreach (var (path, resource) in Pages)
        {
            var html = Load(resource);
            endpoints.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        }
        return endpoints;
    }

    private static string Load(string name)
    {
        using var stream = typeof(InfoPages).Assembly.GetManifestResourceStream("IntervisieBot.Hosting.Pages." + name)
            ?? throw new InvalidOperationException($"Embedded page {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
