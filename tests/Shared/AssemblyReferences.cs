using System.Reflection;
using System.Runtime.InteropServices;

namespace Reports.Tests.Support;

/// <summary>What an assembly of ours references, for the architecture tests that hold the pipeline one-way.</summary>
internal static class AssemblyReferences
{
    static readonly string RuntimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();

    /// <summary>The referenced assemblies that are not part of the .NET runtime, sorted by name.</summary>
    public static IReadOnlyList<string> Of(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!)
            .Where(name => !File.Exists(Path.Combine(RuntimeDirectory, name + ".dll")))
            .Order(StringComparer.Ordinal).ToList();
}
