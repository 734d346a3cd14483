namespace IntervisieBot.Features.Intervisie.Methods;

/// <summary>The intervisie methods a team can choose from.</summary>
public interface IMethodRegistry
{
    /// <summary>All methods, in file-name order of the folders they were loaded from.</summary>
    IReadOnlyList<MethodDefinition> All { get; }

    /// <summary>The method with this id, or null.</summary>
    MethodDefinition? Find(string methodId);
}
