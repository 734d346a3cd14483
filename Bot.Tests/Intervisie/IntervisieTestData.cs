using IntervisieBot.Features.Intervisie.Methods;
using IntervisieBot.Features.Intervisie.Domain;

namespace IntervisieBot.Tests.Intervisie;

/// <summary>Shared test data: the shipped and test-only method folders and an invented, anonymous team.</summary>
internal static class IntervisieTestData
{
    public const string Session = "ronde-0001";
    public const string Conversation = "tenant-x|19:kanaal-test";
    public const string Inbrenger = "km-a";
    public const string Gespreksleider = "km-b";
    public const string MemberC = "km-c";
    public const string MemberD = "km-d";
    public const string Outsider = "km-z";

    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static string ShippedMethodsDirectory => Path.Combine(AppContext.BaseDirectory, "Features", "Intervisie", "Methods");

    public static string TestMethodsDirectory => Path.Combine(AppContext.BaseDirectory, "Intervisie", "TestMethods");

    public static MethodRegistry Registry { get; } =
        MethodRegistry.LoadFromDirectories([ShippedMethodsDirectory, TestMethodsDirectory]);

    public static IReadOnlyList<Participant> Team { get; } =
    [
        new(Inbrenger, "Deelnemer A"),
        new(Gespreksleider, "Deelnemer B"),
        new(MemberC, "Deelnemer C"),
        new(MemberD, "Deelnemer D"),
    ];

    public static StartRound StartCommand(string methodId, RoundMode mode = RoundMode.Live, int? hours = null) =>
        new(Session, Conversation, methodId, Inbrenger, Gespreksleider, Team, mode, hours, Gespreksleider);
}
