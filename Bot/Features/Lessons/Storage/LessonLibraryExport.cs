using System.Globalization;
using System.Text;
using IntervisieBot.Features.Export.Domain;
using IntervisieBot.Features.Lessons.Cards;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Shared;

namespace IntervisieBot.Features.Lessons.Storage;

/// <summary>
/// <c>exporteer bibliotheek</c> (kennismakelaar): the tenant's published lessons that are in use, as CSV (stable codes for
/// tags, type and evidence, for a spreadsheet) or Markdown (readable labels, for a wiki or a document). An author is named
/// only when they chose to be; owner keys and user ids never leave.
/// </summary>
public sealed class LessonLibraryExport(LessonStore store, LessonLibraryExport.Format format) : IExportSource
{
    public enum Format { Csv, Markdown }

    public string Kind => format == Format.Csv ? "library-csv" : "library-md";
    public IReadOnlyList<string> Commands => ExportCommands.Library;
    public TeamRole Role => TeamRole.Kennismakelaar;

    public async Task<ExportFile> CreateAsync(ExportRequest request, CancellationToken cancellationToken)
    {
        var lessons = (await store.ListAsync(LessonPartitions.Organisation(request.TenantId), LessonStore.MaxRowsPerPartition, cancellationToken).ConfigureAwait(false))
            .Where(l => l.IsPublished && l.Status == LessonStatus.Active)
            .OrderBy(l => l.Heading, StringComparer.Create(request.Culture, ignoreCase: true))
            .ToList();
        var date = request.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return format == Format.Csv
            ? new ExportFile($"lessenbibliotheek-{date}.csv", CsvText.ContentType, Csv(lessons, request.Culture))
            : new ExportFile($"lessenbibliotheek-{date}.md", "text/markdown", Encoding.UTF8.GetBytes(Markdown(lessons, request.Culture, request.Now)));
    }

    private static byte[] Csv(IReadOnlyList<Lesson> lessons, CultureInfo culture) => CsvText.Write(
        [
            LessonsStrings.ExportTitle(culture), LessonsStrings.ExportLesson(culture), LessonsStrings.FactTags(culture), LessonsStrings.FactType(culture),
            LessonsStrings.FactEvidence(culture), LessonsStrings.ExportActionPlan(culture), LessonsStrings.ExportCopingPlan(culture),
            LessonsStrings.ExportHandreikingen(culture), LessonsStrings.ExportAuthor(culture), LessonsStrings.ExportPublished(culture), LessonsStrings.ExportReview(culture),
        ],
        lessons.Select(l => (IReadOnlyList<string?>)
        [
            l.Title ?? "", l.Text, string.Join(' ', l.Tags), l.Type, l.Evidence, l.ActionPlan, l.CopingPlan, string.Join(' ', l.Handreikingen),
            Author(l), Date(l.Created), l.ReviewDate is { } review ? Date(review) : "",
        ]));

    private static string Markdown(IReadOnlyList<Lesson> lessons, CultureInfo culture, DateTimeOffset now)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(LessonsStrings.ExportMarkdownTitle(culture)).Append("\n\n");
        text.Append(LessonsStrings.ExportMarkdownIntro(culture, lessons.Count, Date(now))).Append("\n");
        foreach (var lesson in lessons)
        {
            text.Append("\n## ").Append(Line(lesson.Heading)).Append("\n\n");
            if (!string.IsNullOrWhiteSpace(lesson.Title)) text.Append(Line(lesson.Text)).Append("\n\n");
            Field(text, LessonsStrings.FactType(culture), LessonsStrings.Type(culture, lesson.Type));
            Field(text, LessonsStrings.FactEvidence(culture), LessonsStrings.Evidence(culture, lesson.Evidence));
            Field(text, LessonsStrings.FactTags(culture), lesson.Tags.Count == 0 ? null : string.Join(", ", lesson.Tags.Select(t => LessonsStrings.Tag(culture, t))));
            Field(text, LessonsStrings.ExportActionPlan(culture), lesson.ActionPlan);
            Field(text, LessonsStrings.ExportCopingPlan(culture), lesson.CopingPlan);
            Field(text, LessonsStrings.ExportAuthor(culture), Author(lesson));
            Field(text, LessonsStrings.ExportPublished(culture), Date(lesson.Created));
        }
        return text.ToString();
    }

    private static void Field(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) text.Append("- **").Append(label).Append(":** ").Append(Line(value)).Append('\n');
    }

    /// <summary>One line of Markdown: line breaks folded, and the characters that would start markup or HTML escaped.</summary>
    internal static string Line(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|') text.Append('\\');
            text.Append(c);
        }
        return text.ToString();
    }

    private static string Author(Lesson lesson) => lesson.AuthorNamed && !string.IsNullOrWhiteSpace(lesson.AuthorName) ? lesson.AuthorName! : "";

    private static string Date(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
