namespace IntervisieBot.Privacy.Retention;

public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Days after a round ends before its texts (casus, questions, analyses, advice) are deleted. Lessons stay.</summary>
    public int SessionTextDays { get; set; } = 90;

    /// <summary>Days after its due time before a finished reminder row (sent, undeliverable, closed; ids only) is deleted.</summary>
    public int ReminderDays { get; set; } = 30;

    /// <summary>
    /// Days a finished inbox row (ids only: the de-dup marker of an answered activity) is kept; Teams redelivers within
    /// minutes, so two days is plenty, and the recovery scan stays small.
    /// </summary>
    public int InboxDays { get; set; } = 2;

    /// <summary>Days an unanswered question (tags and lexicon words only) is kept for the kennismakelaars' overviews.</summary>
    public int InformationNeedDays { get; set; } = 365;

    /// <summary>How often the retention job runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(6);
}
