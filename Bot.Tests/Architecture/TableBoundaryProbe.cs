using IntervisieBot.Features.Intervisie.Storage;
using IntervisieBot.Features.Lessons.Domain;
using IntervisieBot.Features.Lessons.Storage;

namespace IntervisieBot.Features.TableBoundaryProbe;

/// <summary>What <c>FeatureBoundaryTests.TableBoundary</c> must refuse: a type outside Intervisie that holds its repository.</summary>
internal sealed class ReadsRounds(RoundRepository rounds)
{
    public RoundRepository Rounds => rounds;
}

/// <summary>A type outside Lessons that reads its table only inside a method body.</summary>
internal static class CountsLessons
{
    public static Task<IReadOnlyList<Lesson>> ListAsync(IServiceProvider services) =>
        ((LessonStore)services.GetService(typeof(LessonStore))!).ListAsync("p", 1, CancellationToken.None);
}
