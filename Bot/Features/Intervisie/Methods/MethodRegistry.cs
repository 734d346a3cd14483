namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>
/// Loads every <c>*.json</c> definition file in the given folders (not recursive). Any invalid file, or two files with
/// the same method id, fails the whole load with a <see cref="MethodDefinitionException"/> listing every problem, so a
/// broken method stops the app at start-up instead of in the middle of a team's round.
/// </summary>
public sealed class MethodRegistry : IMethodRegistry
{
    private readonly Dictionary<string, MethodDefinition> _byId;

    public MethodRegistry(IEnumerable<MethodDefinition> methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        All = [.. methods];
        _byId = new Dictionary<string, MethodDefinition>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var method in All)
        {
            if (!_byId.TryAdd(method.Id, method))
            {
                errors.Add($"{method.Source}: id: method id '{method.Id}' is already defined in {_byId[method.Id].Source}.");
            }
        }

        if (errors.Count > 0)
        {
            throw new MethodDefinitionException(errors);
        }
    }

    public IReadOnlyList<MethodDefinition> All { get; }

    public MethodDefinition? Find(string methodId) =>
        methodId is not null && _byId.TryGetValue(methodId, out var method) ? method : null;

    public static MethodRegistry LoadFromDirectories(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var methods = new List<MethodDefinition>();
        var errors = new List<string>();
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                errors.Add($"{directory}: method folder does not exist.");
                continue;
            }

            foreach (var file in Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal))
            {
                var result = MethodLoader.LoadFile(file);
                if (result.IsValid)
                {
                    methods.Add(result.Method!);
                }
                else
                {
                    errors.AddRange(result.Errors);
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new MethodDefinitionException(errors);
        }

        return new MethodRegistry(methods);
    }
}
