namespace IntervisieBot.Protocol.Auth;

public enum MicrosoftAppType
{
    SingleTenant,
    UserAssignedMSI,
}

/// <summary>
/// The bot's identity, bound from the root configuration keys Teams developers know:
/// <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppType</c>.
/// </summary>
public sealed class BotIdentityOptions
{
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.SingleTenant;

    /// <summary>Optional client certificate (PFX path) instead of a password.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }
    public string? MicrosoftAppCertificatePassword { get; set; }

    /// <summary>True when no app id is configured: the loopback-only development mode.</summary>
    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
