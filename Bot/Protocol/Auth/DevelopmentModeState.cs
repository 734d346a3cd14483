namespace IntervisieBot.Protocol.Auth;

/// <summary>The verdict of <see cref="DevelopmentModeGuard"/>, read by <see cref="DevelopmentModeAuthenticator"/> on every request.</summary>
public sealed class DevelopmentModeState
{
    private volatile DevelopmentModeStatus _status = DevelopmentModeStatus.Pending;

    public DevelopmentModeStatus Status => _status;

    public void Allow()
    {
        // A refusal is final: nothing may turn it back into an allowance.
        if (_status != DevelopmentModeStatus.Refused) _status = DevelopmentModeStatus.Allowed;
    }

    public void Refuse() => _status = DevelopmentModeStatus.Refused;
}
