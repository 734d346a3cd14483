using System.Text;

namespace IntervisieBot.Features.Export.Domain;

/// <summary>
/// CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order mark (Excel then reads é and ë), and
/// every cell that a spreadsheet would take for a formula (starting with <c>= + - @</c>, tab or carriage return) prefixed
/// with <c>'</c>, so a lesson text can never run as a formula in the reader's spreadsheet (CSV injection).
/// </summary>
public static class CsvText
{
    public const string ContentType = "text/csv";

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows) AppendRow(text, row);
        return Utf8WithBom(text.ToString());
    }

    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.AsSpan().IndexOfAny(",\"\r\n;") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>UTF-8 with a byte order mark (for CSV, so spreadsheets detect the encoding).</summary>
    public static byte[] Utf8WithBom(string text) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)];

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(Cell(cells[i]));
        }
        text.Append("\r\n");
    }
}
