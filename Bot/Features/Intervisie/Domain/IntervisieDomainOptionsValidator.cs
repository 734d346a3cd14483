using IntervisieBot.Features.Intervisie.Methods;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Features.Intervisie.Domain;

/// <summary>Loads every method definition at start-up (with <c>ValidateOnStart</c>) so a broken file stops the app with a clear list of problems.</summary>
internal sealed class IntervisieDomainOptionsValidator : IValidateOptions<IntervisieDomainOptions>
{
    public ValidateOptionsResult Validate(string? name, IntervisieDomainOptions options)
    {
        try
        {
            var registry = MethodRegistry.LoadFromDirectories(options.ResolveDirectories());
            return registry.All.Count == 0
                ? ValidateOptionsResult.Fail("No intervisie method definitions were found.")
                : ValidateOptionsResult.Success;
        }
        catch (MethodDefinitionException ex)
        {
            return ValidateOptionsResult.Fail(ex.Errors);
        }
    }
}
