using System.Reflection;
using System.Text.RegularExpressions;
using IntervisieBot.Storage;
using IntervisieBot.Tests.Infrastructure;

namespace IntervisieBot.Tests.Storage;

/// <summary>One place names every table (issue #16): <see cref="TableNames"/> lists them all, and every table the code opens is one of them.</summary>
public sealed partial class TableNamesTests
{
    [Fact]
    public void All_ListsEveryConstantOnce()
    {
        var constants = typeof(TableNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.True(constants.Count >= 15, $"Only {constants.Count} tables named.");
        Assert.Equal(constants.Order(StringComparer.Ordinal), TableNames.All.Order(StringComparer.Ordinal));
        Assert.Equal(constants.Count, constants.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(constants, name => Assert.Matches("^[A-Za-z][A-Za-z0-9]{2,62}$", name)); // a valid Azure table name (with room for the prefix)
    }

    /// <summary>Storage's own plumbing, which opens a table by the name it is handed: the prefix, and re-creating a missing table.</summary>
    private static readonly HashSet<string> PassThrough = ["Bot/Storage/TableStore.cs", "Bot/Storage/StorageServiceCollectionExtensions.cs"];

    [Fact]
    public void BotSources_OpenTablesOnlyByTheirTableNamesConstant()
    {
        var offenders = new List<string>();
        var opened = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "Bot"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
            if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)) continue;
            foreach (Match call in TableOpening().Matches(File.ReadAllText(file)))
            {
                opened++;
                var argument = call.Groups["argument"].Value.Trim();
                if (PassThrough.Contains(relative)) continue;
                if (!argument.StartsWith("TableNames.", StringComparison.Ordinal)) offenders.Add($"{relative}: {call.Value}");
            }
        }

        Assert.True(opened > 20, $"Found only {opened} table openings: the scan no longer sees the code.");
        Assert.Empty(offenders);
    }

    [GeneratedRegex(@"\b(?:GetTableAsync|GetTableClient|CreateTableIfNotExistsAsync|DeleteTableAsync)\((?<argument>[^,)]*)")]
    private static partial Regex TableOpening();
}
