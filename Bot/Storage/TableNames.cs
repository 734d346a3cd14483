namespace IntervisieBot.Storage;

/// <summary>
/// Every table the bot uses, in one place and named one way (the prefix from <see cref="TableStorageOptions"/> is added by
/// <see cref="TableStore"/>). Each table belongs to one owner (a feature, or Storage itself); no feature reads another's
/// table. <c>Bot.Tests/Storage/TableNamesTests</c> checks that every table the code opens is named here.
/// </summary>
public static class TableNames
{
    // Storage (the protocol's durable intake and the conversation registry).

    /// <summary>Conversation references (service url, tenant, conversation), written only when new or changed.</summary>
    public const string Conversations = "Conversations";

    /// <summary>The durable inbox: one row per activity (intake = de-dup marker, lease, done mark).</summary>
    public const string Inbox = "Inbox";

    // Teams: install, welcome, roles, language.

    /// <summary>Teamleider / kennismakelaar per team member.</summary>
    public const string Roles = "Roles";

    /// <summary>Each person's chosen language (partition = tenant, row = user key).</summary>
    public const string LanguagePreferences = "LanguagePreferences";

    /// <summary>Welcome marks and personal-chat addresses.</summary>
    public const string Welcomes = "Welcomes";

    // Intervisie.

    /// <summary>Per conversation partition: one row per round (state + ETag), one row per contribution, and the active-round marker.</summary>
    public const string IntervisieRounds = "IntervisieRounds";

    /// <summary>Who brought a casus and who chaired, per team, newest first.</summary>
    public const string IntervisieRotation = "IntervisieRotation";

    /// <summary>Who confirmed a group's agreement: partition = conversation, row = user key (ids and a date, no text).</summary>
    public const string IntervisieAgreements = "IntervisieAgreements";

    // Lessons.

    /// <summary>Lessons, partitioned by scope (team, personal, organisation).</summary>
    public const string Lessons = "Lessons";

    // Handreikingen.

    /// <summary>Runtime catalogue entries and edits by kennismakelaars, over the shipped catalogue.</summary>
    public const string CatalogueOverlay = "CatalogueOverlay";

    /// <summary>"Nuttig / niet nuttig" on suggested handreikingen.</summary>
    public const string HandreikingFeedback = "HandreikingFeedback";

    /// <summary>Questions no handreiking answered (keywords only).</summary>
    public const string InformationNeeds = "InformationNeeds";

    // Reminders.

    /// <summary>The reminders outbox: one row per reminder, claimed with ETags.</summary>
    public const string ReminderOutbox = "ReminderOutbox";

    /// <summary>Due-time buckets of the outbox.</summary>
    public const string ReminderBuckets = "ReminderBuckets";

    /// <summary>Each instance's lease on a share of a tenant's 50/s (multi-instance pacing).</summary>
    public const string ReminderBudgetLeases = "ReminderBudgetLeases";

    // Scheduling.

    /// <summary>
    /// Per team partition (<c>TeamScope.PartitionKey</c>): the one series row, one row per planned session (rotation,
    /// away marks, reminder ids) and one row per casus proposal.
    /// </summary>
    public const string SchedulingSeries = "SchedulingSeries";

    /// <summary>All of them, for tests and tools that need the list.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Conversations, Inbox, Roles, LanguagePreferences, Welcomes, IntervisieRounds, IntervisieRotation, IntervisieAgreements, Lessons,
        CatalogueOverlay, HandreikingFeedback, InformationNeeds, ReminderOutbox, ReminderBuckets, ReminderBudgetLeases, SchedulingSeries,
    ];
}
