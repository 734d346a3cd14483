using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Auth;

/// <summary>
/// Startup rules for the bot identity (checked by <c>ValidateOnStart</c>): an app id is a GUID; SingleTenant needs a
/// tenant id and a password or certificate; UserAssignedMSI needs a tenant id and forbids a password. Without an app id
/// (development mode) no credential may be configured, so a half-configured production bot never runs unauthenticated.
/// </summary>
public sealed class BotIdentityOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        List<string> failures = [];

        if (options.IsDevelopmentMode)
        {
            if (HasValue(options.MicrosoftAppPassword) || HasValue(options.MicrosoftAppCertificatePath))
            {
                failures.Add("MicrosoftAppPassword or MicrosoftAppCertificatePath is set but MicrosoftAppId is empty; set MicrosoftAppId or remove the credential.");
            }
            return Result(failures);
        }

        if (!IsGuid(options.MicrosoftAppId))
        {
            failures.Add("MicrosoftAppId must be a GUID (the Azure Bot's Microsoft App ID).");
        }

        if (!IsGuid(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId must be a GUID when MicrosoftAppType is {options.MicrosoftAppType}.");
        }

        switch (options.MicrosoftAppType)
        {
            case MicrosoftAppType.SingleTenant:
                if (!HasValue(options.MicrosoftAppPassword) && !HasValue(options.MicrosoftAppCertificatePath))
                {
                    failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppPassword or MicrosoftAppCertificatePath.");
                }
                break;
            case MicrosoftAppType.UserAssignedMSI:
                if (HasValue(options.MicrosoftAppPassword))
                {
                    failures.Add("MicrosoftAppType UserAssignedMSI forbids MicrosoftAppPassword (the managed identity has no secret).");
                }
                break;
            default:
                failures.Add("MicrosoftAppType must be SingleTenant or UserAssignedMSI.");
                break;
        }

        return Result(failures);
    }

    private static bool HasValue(string? value) => !string.IsNullOrWhiteSpace(value);

    private static bool IsGuid(string? value) => Guid.TryParseExact(value?.Trim(), "D", out _);

    private static ValidateOptionsResult Result(List<string> failures) =>
        failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
