using System.Globalization;
using System.Text;

namespace IntervisieBot.Privacy;

/// <summary>
/// The text the detectors read, with a map back to the text the writer typed, so a finding (and the masking) points at
/// the original characters. Unicode NFKC per character (full-width digits, ligatures, compatibility forms); invisible
/// characters (zero-width spaces and joiners, soft hyphens, direction marks, combining marks) removed; every kind of
/// space a plain space and every line separator a newline; digits of other scripts as ASCII digits; Dutch number words
/// ("nul" … "negen", "tien" … "negentig", their combinations, hundreds, thousands and ordinals) as digits
/// (see <see cref="DutchNumberWords"/>). Separators between digits are left in place: the detectors decide what a
/// separator means (a date and a BSN differ only in them).
/// </summary>
internal sealed class NormalizedText
{
    /// <summary>NFKC of each BMP character, computed once (null until first needed).</summary>
    private static readonly string?[] FormKC = new string?[char.MaxValue + 1];

    private readonly int[] starts;
    private readonly int[] ends;

    private NormalizedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public string Text { get; }

    /// <summary>The same finding, as a span of the original text.</summary>
    public IdentifierFinding ToOriginal(IdentifierFinding finding)
    {
        if (finding.Length <= 0)
        {
            return finding with { Start = starts.Length == 0 ? 0 : starts[Math.Min(finding.Start, starts.Length - 1)], Length = 0 };
        }

        var start = starts[finding.Start];
        var end = ends[finding.End - 1];
        return new IdentifierFinding(finding.Kind, start, end - start);
    }

    public static NormalizedText Create(string original)
    {
        var characters = new Builder(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (c < 0x80)
            {
                characters.Append(c, i, i + 1);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < original.Length && char.IsLowSurrogate(original[i + 1]))
            {
                var pair = original.Substring(i, 2);
                foreach (var n in SafeNormalize(pair))
                {
                    AppendNormalized(characters, n, i, i + 2);
                }

                i++;
            }
            else if (char.IsSurrogate(c))
            {
                characters.Append(' ', i, i + 1); // a lone surrogate is no letter or digit: it separates
            }
            else
            {
                var n = FormKC[c] ??= SafeNormalize(c.ToString());
                foreach (var k in n)
                {
                    AppendNormalized(characters, k, i, i + 1);
                }
            }
        }

        return DutchNumberWords.Replace(characters);
    }

    private static void AppendNormalized(Builder characters, char c, int start, int end)
    {
        if (c < 0x80)
        {
            characters.Append(c, start, end);
            return;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark:
                return; // zero-width characters, soft hyphen, direction marks, combining strokes and accents
            case UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                characters.Append('\n', start, end);
                return;
            case UnicodeCategory.SpaceSeparator:
                characters.Append(' ', start, end);
                return;
            case UnicodeCategory.DecimalDigitNumber:
                characters.Append((char)('0' + (int)char.GetNumericValue(c)), start, end);
                return;
            case UnicodeCategory.DashPunctuation:
                characters.Append('-', start, end);
                return;
            default:
                characters.Append(c == '\u0085' ? '\n' : c, start, end);
                return;
        }
    }

    private static string SafeNormalize(string value)
    {
        try
        {
            return value.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return " "; // not normalisable (unassigned or invalid): treated as a separator
        }
    }

    /// <summary>A growing normalised text with, per character, the original span it came from.</summary>
    internal sealed class Builder(int capacity)
    {
        private readonly StringBuilder text = new(capacity);
        private int[] starts = new int[Math.Max(16, capacity)];
        private int[] ends = new int[Math.Max(16, capacity)];

        public int Length => text.Length;

        public char this[int index] => text[index];

        public int StartOf(int index) => starts[index];

        public int EndOf(int index) => ends[index];

        public void Append(char c, int start, int end)
        {
            if (text.Length == starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref ends, ends.Length * 2);
            }

            starts[text.Length] = start;
            ends[text.Length] = end;
            text.Append(c);
        }

        public string ToText() => text.ToString();

        public NormalizedText Build() => new(text.ToString(), starts[..text.Length], ends[..text.Length]);
    }
}
