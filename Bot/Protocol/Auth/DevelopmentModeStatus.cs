namespace IntervisieBot.Protocol.Auth;

public enum DevelopmentModeStatus
{
    /// <summary>The listening addresses have not been checked yet: every unauthenticated request is refused.</summary>
    Pending,

    /// <summary>No app id and loopback-only (or an in-process test host): unauthenticated loopback requests are accepted.</summary>
    Allowed,

    /// <summary>No app id but reachable from elsewhere: every request is refused until the application has stopped.</summary>
    Refused,
}
