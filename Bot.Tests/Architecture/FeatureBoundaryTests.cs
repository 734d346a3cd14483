using System.Reflection;
using System.Reflection.Emit;
using Azure.Data.Tables;
using IntervisieBot.Storage;
using IntervisieBot.Features.Scheduling.Storage;

namespace IntervisieBot.Tests.Architecture;

/// <summary>
/// Boundaries (issue #16): no import cycle between features (<c>IntervisieBot.Features.X ↔ IntervisieBot.Features.Y</c>), nor
/// between Privacy and a feature. Read by reflection from the compiled bot: every type's signatures (base type, interfaces,
/// fields, properties, parameters, return types, generic arguments) and every type and member its method bodies use (IL),
/// including those of the compiler-generated types of lambdas and async methods. A feature that needs another uses a small
/// query interface the other owns, so the dependency points one way.
/// </summary>
public sealed class FeatureBoundaryTests
{
    private static readonly Assembly Bot = typeof(TableNames).Assembly;

    [Fact]
    public void Features_HaveNoImportCycles()
    {
        var graph = DependencyGraph.Of(Bot);

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Import cycles between parts of the bot:\n" + string.Join("\n", cycles.Select(graph.Explain)));
    }

    [Theory]
    [InlineData("Protocol")]
    [InlineData("Privacy")]
    [InlineData("Storage")]
    [InlineData("Cards")]
    [InlineData("Localization")]
    [InlineData("Features.Shared")]
    public void LowerLayers_DependOnNoFeatureAndNotOnHosting(string component)
    {
        var graph = DependencyGraph.Of(Bot);

        var upward = graph.DependenciesOf(component).Where(c => c.StartsWith("Features.", StringComparison.Ordinal) || c == "Hosting").ToList();

        Assert.True(upward.Count == 0, $"{component} uses {string.Join(", ", upward)}:\n" + string.Join("\n", upward.Select(to => graph.Example(component, to))));
    }

    [Fact]
    public void DependencyGraph_SeesReferencesInSignaturesAndMethodBodies()
    {
        // The scanner must see a body-only use (a static call inside an async method) as well as a signature:
        // the known one-way use of Reminders by Lessons (the follow-up check is scheduled through the outbox).
        var graph = DependencyGraph.Of(Bot);

        Assert.Contains("Features.Reminders", graph.DependenciesOf("Features.Lessons"));
        Assert.DoesNotContain("Features.Lessons", graph.DependenciesOf("Protocol"));
        Assert.True(graph.Components.Count >= 8, "Components found: " + string.Join(", ", graph.Components));
    }

    [Fact]
    public void Cycles_FindsATwoWayDependency()
    {
        var graph = new DependencyGraph();
        graph.Add("Features.A", "Features.B", "A.Uses");
        graph.Add("Features.B", "Features.C", "B.Uses");
        graph.Add("Features.C", "Features.A", "C.Uses");
        graph.Add("Features.C", "Features.D", "C.AlsoUses");

        var cycle = Assert.Single(graph.Cycles());

        Assert.Equal(["Features.A", "Features.B", "Features.C"], cycle.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void NoFeature_UsesAnotherFeaturesTables()
    {
        var violations = TableBoundary.Violations(Bot.GetTypes()).Where(v => !TableBoundary.KnownCases.Any(k => v.Contains(k, StringComparison.Ordinal))).ToList();

        Assert.True(violations.Count == 0, "A feature uses another feature's tables (ask through a query interface the owner defines):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void TableBoundary_SeesEveryFeaturesTablesAndFindsAForeignUse()
    {
        // Each feature's repositories and table rows are seen as its tables…
        var owners = TableBoundary.TableTypes(Bot.GetTypes());
        Assert.Equal("Features.Intervisie", owners[typeof(Features.Intervisie.Storage.RoundRepository)]);
        Assert.Equal("Features.Intervisie", owners[typeof(Features.Intervisie.Storage.RoundEntity)]);
        Assert.Equal("Features.Lessons", owners[typeof(Features.Lessons.Storage.LessonStore)]);
        Assert.Equal("Features.Scheduling", owners[typeof(Features.Scheduling.Storage.SeriesStore)]);
        Assert.Equal("Features.Reminders", owners[typeof(Features.Reminders.Storage.ReminderOutbox)]);

        // …and a type of another feature that holds one (in a field, or only inside a method body) is a violation.
        var violations = TableBoundary.Violations([.. Bot.GetTypes(), typeof(Features.TableBoundaryProbe.ReadsRounds), typeof(Features.TableBoundaryProbe.CountsLessons)])
            .Where(v => v.Contains("TableBoundaryProbe", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, violations.Count);
        Assert.Contains(violations, v => v.Contains("ReadsRounds", StringComparison.Ordinal) && v.Contains("RoundRepository", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("CountsLessons", StringComparison.Ordinal) && v.Contains("LessonStore", StringComparison.Ordinal));
    }

    /// <summary>
    /// A feature's tables: the types of its <c>Storage</c> folder, its table rows (<see cref="ITableEntity"/>) and every type
    /// that holds a table client (a repository or store). Only the owning feature (and Hosting, the composition root) may use them.
    /// </summary>
    internal static class TableBoundary
    {
        /// <summary>
        /// The uses left to replace by query interfaces (docs/architecture.md, "No feature reads another's tables"), as
        /// "user (feature) uses owner's type": none left (Lessons asks Handreikingen through <c>IInformationNeeds</c> and
        /// <c>ILiveCatalogue</c>); a new entry needs a reason in docs/architecture.md.
        /// </summary>
        public static readonly string[] KnownCases = [];

        private static readonly Type[] TableAccess = [typeof(TableStore), typeof(TableClient), typeof(TableServiceClient)];

        public static Dictionary<Type, string> TableTypes(IEnumerable<Type> types)
        {
            var owners = new Dictionary<Type, string>();
            foreach (var type in types)
            {
                if (DependencyGraph.ComponentOf(type) is not { } component || !component.StartsWith("Features.", StringComparison.Ordinal)) continue;
                var inStorage = type.Namespace!.Split('.') is { Length: > 3 } parts && parts[3] == "Storage";
                var isRow = typeof(ITableEntity).IsAssignableFrom(type);
                var holdsTable = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Any(f => TableAccess.Contains(f.FieldType))
                    || type.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Any(c => c.GetParameters().Any(p => TableAccess.Contains(p.ParameterType)));
                if (inStorage || isRow || holdsTable) owners[type] = component;
            }
            return owners;
        }

        public static List<string> Violations(IReadOnlyList<Type> types)
        {
            var owners = TableTypes(types);
            var found = new List<string>();
            foreach (var type in types)
            {
                if (DependencyGraph.ComponentOf(type) is not { } component || !component.StartsWith("Features.", StringComparison.Ordinal)) continue;
                foreach (var used in DependencyGraph.Uses(type).Where(u => owners.TryGetValue(u, out var owner) && owner != component).Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.FullName, b.FullName))))
                {
                    found.Add($"  {type.FullName} ({component}) uses {used.FullName} ({owners[used]})");
                }
            }
            return found;
        }
    }

    /// <summary>Which component (a feature, Privacy, Protocol, …) uses which, with one example type per edge.</summary>
    internal sealed class DependencyGraph
    {
        private readonly Dictionary<string, Dictionary<string, List<string>>> _edges = new(StringComparer.Ordinal);

        public IReadOnlyCollection<string> Components => _edges.Keys;

        public IReadOnlyCollection<string> DependenciesOf(string component) =>
            _edges.TryGetValue(component, out var to) ? to.Keys : [];

        /// <summary><c>Features.X</c> for IntervisieBot.Features.X(.…), else the first namespace part after IntervisieBot (Privacy, Protocol, Storage, …).</summary>
        public static string? ComponentOf(Type type)
        {
            var ns = type.Namespace;
            if (ns is null || !ns.StartsWith("IntervisieBot.", StringComparison.Ordinal)) return null;
            var parts = ns.Split('.');
            return parts[1] == "Features" && parts.Length > 2 ? "Features." + parts[2] : parts[1];
        }

        public void Add(string from, string to, string example)
        {
            if (!_edges.TryGetValue(from, out var targets)) _edges[from] = targets = new(StringComparer.Ordinal);
            if (!_edges.ContainsKey(to)) _edges[to] = new(StringComparer.Ordinal);
            if (from == to) return;
            if (!targets.TryGetValue(to, out var examples)) targets[to] = examples = [];
            if (!examples.Contains(example)) examples.Add(example);
        }

        public static DependencyGraph Of(Assembly assembly)
        {
            var graph = new DependencyGraph();
            foreach (var type in assembly.GetTypes())
            {
                if (ComponentOf(type) is not { } from) continue;
                foreach (var used in Uses(type))
                {
                    if (ComponentOf(used) is { } to) graph.Add(from, to, $"{type.FullName} uses {used.FullName}");
                }
            }
            return graph;
        }

        /// <summary>Strongly connected groups of more than one component: each is an import cycle.</summary>
        public List<IReadOnlyList<string>> Cycles()
        {
            var index = 0;
            var indices = new Dictionary<string, int>(StringComparer.Ordinal);
            var low = new Dictionary<string, int>(StringComparer.Ordinal);
            var stack = new Stack<string>();
            var onStack = new HashSet<string>(StringComparer.Ordinal);
            var cycles = new List<IReadOnlyList<string>>();

            void Visit(string node)
            {
                indices[node] = low[node] = index++;
                stack.Push(node);
                onStack.Add(node);
                foreach (var next in _edges[node].Keys)
                {
                    if (!indices.ContainsKey(next))
                    {
                        Visit(next);
                        low[node] = Math.Min(low[node], low[next]);
                    }
                    else if (onStack.Contains(next)) low[node] = Math.Min(low[node], indices[next]);
                }
                if (low[node] != indices[node]) return;
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                } while (member != node);
                if (group.Count > 1) cycles.Add(group);
            }

            foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).ToList())
            {
                if (!indices.ContainsKey(node)) Visit(node);
            }
            return cycles;
        }

        public string Example(string from, string to) => $"  {from} → {to}: {string.Join("; ", _edges[from][to].Take(ExamplesShown))}";

        public string Explain(IReadOnlyList<string> cycle) =>
            string.Join(" / ", cycle) + ":\n" + string.Join("\n", cycle.SelectMany(from => _edges[from]
                .Where(e => cycle.Contains(e.Key)).Select(e => $"  {from} → {e.Key}: {string.Join("; ", e.Value.Take(ExamplesShown))}")));

        private const int ExamplesShown = 5;

        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static IEnumerable<Type> Uses(Type type)
        {
            var found = new HashSet<Type>();
            void Note(Type? t)
            {
                if (t is null || !found.Add(t)) return;
                if (t.HasElementType) Note(t.GetElementType());
                if (t.IsGenericType && !t.IsGenericTypeDefinition) foreach (var a in t.GetGenericArguments()) Note(a);
            }

            Note(type.BaseType);
            foreach (var i in type.GetInterfaces()) Note(i);
            foreach (var a in type.GetCustomAttributesData()) Note(a.AttributeType);
            foreach (var f in type.GetFields(Declared)) Note(f.FieldType);
            foreach (var p in type.GetProperties(Declared)) Note(p.PropertyType);
            foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
            {
                if (m is MethodInfo info) Note(info.ReturnType);
                foreach (var p in m.GetParameters()) Note(p.ParameterType);
                foreach (var used in BodyUses(m)) Note(used);
            }
            return found;
        }

        private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

        /// <summary>The types a method body refers to: every type, method and field token in its IL.</summary>
        private static IEnumerable<Type> BodyUses(MethodBase method)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null) yield break;
            var typeArguments = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            var position = 0;
            while (position < il.Length)
            {
                short value = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
                position += il[position] == 0xFE ? 2 : 1;
                var opCode = OpCodesByValue[value];
                switch (opCode.OperandType)
                {
                    case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                        var member = method.Module.ResolveMember(BitConverter.ToInt32(il, position), typeArguments, methodArguments);
                        if (member is Type t) yield return t;
                        else if (member?.DeclaringType is { } owner)
                        {
                            yield return owner;
                            if (member is MethodInfo called) { yield return called.ReturnType; foreach (var p in called.GetParameters()) yield return p.ParameterType; }
                            if (member is FieldInfo field) yield return field.FieldType;
                        }
                        position += 4;
                        break;
                    case OperandType.InlineSwitch:
                        position += 4 + 4 * BitConverter.ToInt32(il, position);
                        break;
                    default:
                        position += OperandSize(opCode.OperandType);
                        break;
                }
            }
        }

        private static int OperandSize(OperandType operand) => operand switch
        {
            OperandType.InlineNone => 0,
            OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
            OperandType.InlineVar => 2,
            OperandType.InlineI8 or OperandType.InlineR => 8,
            _ => 4, // InlineBrTarget, InlineI, InlineSig, InlineString, ShortInlineR
        };
    }
}
