using IntervisieBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace IntervisieBot.Protocol.Connector;

/// <summary>Fails startup when the configured identity cannot produce an outbound token (rules of MicrosoftAppType).</summary>
internal sealed class BotCredentialOptionsValidator : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options) =>
        Problem(options) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;

    internal static string? Problem(BotIdentityOptions options)
    {
        if (options.IsDevelopmentMode) return null;
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        if (string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            return "MicrosoftAppTenantId is required when MicrosoftAppId is set (SingleTenant and UserAssignedMSI bots).";
        }
        return options.MicrosoftAppType switch
        {
            MicrosoftAppType.UserAssignedMSI when hasPassword || hasCertificate =>
                "MicrosoftAppType UserAssignedMSI uses the managed identity MicrosoftAppId; remove MicrosoftAppPassword and MicrosoftAppCertificatePath.",
            MicrosoftAppType.SingleTenant when hasPassword == hasCertificate =>
                "MicrosoftAppType SingleTenant needs exactly one of MicrosoftAppPassword or MicrosoftAppCertificatePath.",
            _ => null,
        };
    }
}
