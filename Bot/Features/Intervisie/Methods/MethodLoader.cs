using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>
/// Reads and validates one method definition file. Every problem is reported (not only the first), each with the
/// file name and a JSON-ish path, so the person who wrote the file can fix it in one go.
/// </summary>
public static partial class MethodLoader
{
    public const int MaxPhases = 30;
    public const int MaxTimeboxMinutes = 240;
    public const int MaxMembersTexts = 10;
    public const int MaxOptions = 10;
    public const int MaxTitleLength = 80;
    public const int MaxInstructionLength = 600;

    private static readonly JsonSerializerOptions FileJson = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        MaxDepth = 16,
    };

    private static readonly string[] ActorNames = ["inbrenger", "group", "eachMember", "gespreksleider"];
    private static readonly string[] CollectNames = ["nothing", "inbrengerText", "memberTexts", "choice"];
    private static readonly string[] VisibilityNames = ["named", "anonymous"];

    public static MethodLoadResult LoadFile(string path)
    {
        var source = Path.GetFileName(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (IOException ex)
        {
            return new MethodLoadResult(null, [$"{source}: cannot be read ({ex.GetType().Name})."]);
        }

        return Parse(json, source);
    }

    public static MethodLoadResult Parse(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        MethodFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MethodFile>(json, FileJson);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            var path = string.IsNullOrEmpty(ex.Path) ? string.Empty : $" ({ex.Path})";
            return new MethodLoadResult(null, [$"{source}: not valid method JSON{where}{path}: {FirstSentence(ex.Message)}"]);
        }

        if (file is null)
        {
            return new MethodLoadResult(null, [$"{source}: the file is empty (null)."]);
        }

        var errors = new List<string>();
        var method = Validate(file, source, errors);
        return errors.Count == 0 ? new MethodLoadResult(method, []) : new MethodLoadResult(null, errors);
    }

    private static MethodDefinition? Validate(MethodFile file, string source, List<string> errors)
    {
        void Error(string path, string message) => errors.Add($"{source}: {path}: {message}");

        var id = RequireId(file.Id, "id", Error);
        var name = RequireText(file.Name, "name", MaxTitleLength, Error);
        var description = RequireText(file.Description, "description", MaxInstructionLength, Error);
        if (string.IsNullOrWhiteSpace(file.Source))
        {
            Error("source", "is missing: name where the method comes from (author, title, year).");
        }
        else if (file.Source.Length > MaxInstructionLength)
        {
            Error("source", $"is longer than {MaxInstructionLength} characters ({file.Source.Length}).");
        }
        if (file.TypicalDurationMinutes is not { } duration)
        {
            Error("typicalDurationMinutes", "is missing.");
            duration = 0;
        }
        else if (duration <= 0)
        {
            Error("typicalDurationMinutes", $"must be greater than 0 (is {duration}).");
        }

        foreach (var kind in file.Suits ?? [])
        {
            if (kind is null || !MethodAdvisor.Kinds.Contains(kind))
            {
                Error("suits", $"unknown kind '{kind}' (expected any of: {string.Join(", ", MethodAdvisor.Kinds)}).");
            }
        }

        var phases = new List<PhaseDefinition>();
        if (file.Phases is null || file.Phases.Count == 0)
        {
            Error("phases", "a method needs at least one phase.");
        }
        else if (file.Phases.Count > MaxPhases)
        {
            Error("phases", $"at most {MaxPhases} phases are allowed (has {file.Phases.Count}).");
        }
        else
        {
            var seenIds = new HashSet<string>(StringComparer.Ordinal);
            var seenCollecting = new HashSet<string>(StringComparer.Ordinal);
            var inbrengerChoices = 0;
            for (var i = 0; i < file.Phases.Count; i++)
            {
                var phase = ValidatePhase(file.Phases[i], $"phases[{i}]", seenIds, seenCollecting, Error);
                if (phase is not null)
                {
                    phases.Add(phase);
                    inbrengerChoices += phase.IsInbrengerChoice ? 1 : 0;
                }
            }

            for (var i = 0; i < phases.Count; i++)
            {
                if (!phases[i].AnswersQuestions) continue;
                var questions = phases[i].RevealsPhaseId is { } revealed ? phases.FirstOrDefault(p => p.Id == revealed) : phases[i];
                if (questions is not { Collects.Kind: CollectKind.MemberTexts, Visibility: ContributionVisibility.Named })
                {
                    Error($"phases[{i}].inbrengerAnswers", "the questions to answer must be named 'memberTexts': of this phase, or of the phase it reveals.");
                }
            }

            if (phases.Count(p => p.IsProblemStatement) > 1)
            {
                Error("phases", "at most one phase can hold the problemStatement.");
            }

            if (inbrengerChoices > 1)
            {
                Error("phases", $"at most one phase can be the inbrengerChoice (found {inbrengerChoices}).");
            }
        }

        return errors.Count == 0
            ? new MethodDefinition(id!, name!, description!, duration, phases, source, file.Source!.Trim(), [.. (file.Suits ?? []).OfType<string>().Distinct()])
            : null;
    }

    private static PhaseDefinition? ValidatePhase(
        MethodFilePhase? phase,
        string at,
        HashSet<string> seenIds,
        HashSet<string> earlierCollectingIds,
        Action<string, string> error)
    {
        if (phase is null)
        {
            error(at, "is null.");
            return null;
        }

        var before = new ErrorCounter(error);
        var id = RequireId(phase.Id, $"{at}.id", before.Report);
        if (id is not null && !seenIds.Add(id))
        {
            before.Report($"{at}.id", $"duplicate phase id '{id}'.");
        }

        var title = RequireText(phase.Title, $"{at}.title", MaxTitleLength, before.Report);
        var group = RequireText(phase.GroupInstruction, $"{at}.groupInstruction", MaxInstructionLength, before.Report);
        var leader = RequireText(phase.GespreksleiderInstruction, $"{at}.gespreksleiderInstruction", MaxInstructionLength, before.Report);

        var actor = RequireEnum<PhaseActor>(phase.Actor, $"{at}.actor", "actor", ActorNames, before.Report);
        var collects = RequireEnum<CollectKind>(phase.Collects, $"{at}.collects", "collects", CollectNames, before.Report);
        var visibility = RequireEnum<ContributionVisibility>(phase.Visibility, $"{at}.visibility", "visibility", VisibilityNames, before.Report);

        if (phase.ShowContributions is null)
        {
            before.Report($"{at}.showContributions", "is missing (true or false).");
        }

        if (phase.TimeboxMinutes is not { } timebox)
        {
            before.Report($"{at}.timeboxMinutes", "is missing.");
            timebox = 0;
        }
        else if (timebox <= 0 || timebox > MaxTimeboxMinutes)
        {
            before.Report($"{at}.timeboxMinutes", $"must be between 1 and {MaxTimeboxMinutes} (is {timebox}).");
        }

        BilingualText? inputLabel = null;
        if (collects is { } kind)
        {
            if (kind == CollectKind.Nothing)
            {
                if (phase.InputLabel is not null)
                {
                    before.Report($"{at}.inputLabel", "a phase that collects nothing has no input label.");
                }
            }
            else
            {
                inputLabel = RequireText(phase.InputLabel, $"{at}.inputLabel", MaxTitleLength, before.Report);
            }
        }

        var collection = ValidateCollection(phase, at, actor, collects, before.Report);

        if (visibility == ContributionVisibility.Anonymous && actor is PhaseActor.Inbrenger or PhaseActor.Gespreksleider)
        {
            before.Report($"{at}.visibility", $"'anonymous' makes no sense when only the {ActorNames[(int)actor]} contributes.");
        }

        string? reveals = null;
        if (phase.Reveals is not null)
        {
            if (!earlierCollectingIds.Contains(phase.Reveals))
            {
                before.Report($"{at}.reveals", $"'{phase.Reveals}' must be the id of an earlier phase that collects something.");
            }
            else
            {
                reveals = phase.Reveals;
            }
        }

        var isInbrengerChoice = phase.InbrengerChoice ?? false;
        if (isInbrengerChoice
            && (actor != PhaseActor.Inbrenger || collects is not (CollectKind.InbrengerText or CollectKind.Choice)))
        {
            before.Report($"{at}.inbrengerChoice", "only a phase with actor 'inbrenger' that collects 'inbrengerText' or 'choice' can be the inbrengerChoice.");
        }

        var isProblemStatement = phase.ProblemStatement ?? false;
        if (isProblemStatement && (actor is not (PhaseActor.Inbrenger or PhaseActor.Group) || collects is not (CollectKind.InbrengerText or CollectKind.MemberTexts)))
        {
            before.Report($"{at}.problemStatement", "only a phase where the inbrenger writes a text ('inbrenger' or 'group' with 'inbrengerText' or 'memberTexts') can hold the problem statement.");
        }

        BilingualText? reactionLabel = null;
        if (phase.SpreadReactions is not null)
        {
            if (collects != CollectKind.Nothing || actor != PhaseActor.Group)
            {
                before.Report($"{at}.spreadReactions", "only a talk step ('group' that collects 'nothing') collects reactions when spread over days.");
            }
            else
            {
                reactionLabel = RequireText(phase.SpreadReactions, $"{at}.spreadReactions", MaxTitleLength, before.Report);
            }
        }

        if ((phase.ChoosesCasus ?? false) && collects != CollectKind.Nothing)
        {
            before.Report($"{at}.choosesCasus", "only a phase that collects 'nothing' can be where the group chooses the casus.");
        }

        if (id is not null && collects is { } k && k != CollectKind.Nothing)
        {
            earlierCollectingIds.Add(id);
        }

        if (before.Count > 0)
        {
            return null;
        }

        return new PhaseDefinition(
            id!, title!, group!, leader!, inputLabel, actor!.Value, collection!, visibility!.Value,
            phase.ShowContributions!.Value, timebox, reveals, isInbrengerChoice, phase.LiveOnly ?? false, isProblemStatement,
            phase.InbrengerAnswers ?? false, reactionLabel, phase.ChoosesCasus ?? false);
    }

    private static PhaseCollection? ValidateCollection(
        MethodFilePhase phase, string at, PhaseActor? actor, CollectKind? collects, Action<string, string> error)
    {
        if (collects is not { } kind)
        {
            return null;
        }

        if (phase.MaxPerMember is not null && kind != CollectKind.MemberTexts)
        {
            error($"{at}.maxPerMember", "only applies to 'memberTexts'.");
        }

        if (phase.Options is not null && kind != CollectKind.Choice)
        {
            error($"{at}.options", "only applies to 'choice'.");
        }

        switch (kind)
        {
            case CollectKind.InbrengerText when actor is not null && actor != PhaseActor.Inbrenger:
                error($"{at}.collects", $"'inbrengerText' needs actor 'inbrenger' (actor is '{ActorNames[(int)actor]}').");
                return null;
            case CollectKind.MemberTexts when actor == PhaseActor.Inbrenger:
                error($"{at}.collects", "use 'inbrengerText' when the inbrenger is the actor.");
                return null;
            case CollectKind.MemberTexts:
                var max = phase.MaxPerMember ?? 1;
                if (max < 1 || max > MaxMembersTexts)
                {
                    error($"{at}.maxPerMember", $"must be between 1 and {MaxMembersTexts} (is {max}).");
                    return null;
                }

                return new PhaseCollection(CollectKind.MemberTexts, max, []);
            case CollectKind.Choice:
                return ValidateOptions(phase.Options, at, error);
            case CollectKind.InbrengerText:
                return new PhaseCollection(CollectKind.InbrengerText, 1, []);
            default:
                return PhaseCollection.Nothing;
        }
    }

    private static PhaseCollection? ValidateOptions(IReadOnlyList<MethodFileOption?>? options, string at, Action<string, string> error)
    {
        if (options is null || options.Count < 2 || options.Count > MaxOptions)
        {
            error($"{at}.options", $"a choice needs between 2 and {MaxOptions} options (has {options?.Count ?? 0}).");
            return null;
        }

        var counter = new ErrorCounter(error);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ChoiceOption>();
        for (var i = 0; i < options.Count; i++)
        {
            var optionAt = $"{at}.options[{i}]";
            if (options[i] is not { } option)
            {
                counter.Report(optionAt, "is null.");
                continue;
            }

            var id = RequireId(option.Id, $"{optionAt}.id", counter.Report);
            if (id is not null && !seen.Add(id))
            {
                counter.Report($"{optionAt}.id", $"duplicate option id '{id}'.");
            }

            var text = RequireText(option.Text, $"{optionAt}.text", MaxTitleLength, counter.Report);
            if (id is not null && text is not null)
            {
                result.Add(new ChoiceOption(id, text));
            }
        }

        return counter.Count == 0 ? new PhaseCollection(CollectKind.Choice, 1, result) : null;
    }

    private static string? RequireId(string? value, string path, Action<string, string> error)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            error(path, "is missing.");
            return null;
        }

        if (value.Length > 40 || !IdPattern().IsMatch(value))
        {
            error(path, $"'{value}' is not a valid id (lower-case letters, digits and single dashes, at most 40 characters).");
            return null;
        }

        return value;
    }

    private static BilingualText? RequireText(MethodFileText? text, string path, int maxLength, Action<string, string> error)
    {
        if (text is null)
        {
            error(path, "is missing (needs Dutch 'nl' and English 'en' text).");
            return null;
        }

        var ok = true;
        foreach (var (language, value, label) in new[] { ("nl", text.Nl, "Dutch"), ("en", text.En, "English") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                error($"{path}.{language}", $"{label} text is missing.");
                ok = false;
            }
            else if (value.Length > maxLength)
            {
                error($"{path}.{language}", $"{label} text is longer than {maxLength} characters ({value.Length}).");
                ok = false;
            }
        }

        return ok ? new BilingualText(text.Nl!.Trim(), text.En!.Trim()) : null;
    }

    private static TEnum? RequireEnum<TEnum>(string? value, string path, string what, string[] names, Action<string, string> error)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            error(path, $"is missing (one of: {string.Join(", ", names)}).");
            return null;
        }

        var index = Array.IndexOf(names, value);
        if (index < 0)
        {
            error(path, $"unknown {what} '{value}' (expected one of: {string.Join(", ", names)}).");
            return null;
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), index);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..(cut + 1)] : message;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    private sealed class ErrorCounter(Action<string, string> inner)
    {
        public int Count { get; private set; }

        public void Report(string path, string message)
        {
            Count++;
            inner(path, message);
        }
    }
}
