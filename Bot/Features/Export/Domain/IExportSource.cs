using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Export.Domain;

/// <summary>
/// One kind of file a person can export. The feature that owns the data implements it (lessons: the published library;
/// follow-up: the team overzicht; privacy: mijn gegevens); <see cref="ExportRoutes"/> checks place and role, offers the
/// file with a file consent card and builds it again when the person accepts, so nothing is kept in between.
/// </summary>
public interface IExportSource
{
    /// <summary>Stable id carried in the consent card's context (e.g. <c>library-csv</c>).</summary>
    string Kind { get; }

    /// <summary>What the person types, Dutch and English (sources sharing a phrase are offered together).</summary>
    IReadOnlyList<string> Commands { get; }

    /// <summary>The role needed in the team the command is typed in; <see cref="TeamRole.None"/>: the person's own data, asked in the personal chat.</summary>
    TeamRole Role { get; }

    Task<ExportFile> CreateAsync(ExportRequest request, CancellationToken cancellationToken);
}
