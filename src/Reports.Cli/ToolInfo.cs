using System.Reflection;

namespace Reports.Cli;

/// <summary>The generator's name and version, as recorded in reports and the manifest.</summary>
internal static class ToolInfo
{
    public const string Name = "Reports";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
