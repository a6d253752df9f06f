using Reports.Domain.Model;

namespace Reports.Domain.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void The_domain_and_loading_know_no_drawing_charting_or_workbook_library()
    {
        var referenced = typeof(Summit).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        referenced.ShouldNotContain(n => n.StartsWith("SkiaSharp", StringComparison.Ordinal)
            || n.StartsWith("HarfBuzz", StringComparison.Ordinal)
            || n.StartsWith("ScottPlot", StringComparison.Ordinal)
            || n.StartsWith("ClosedXML", StringComparison.Ordinal)
            || n.StartsWith("DocumentFormat", StringComparison.Ordinal));
        referenced.ShouldContain("JsonSchema.Net");
    }

    /// <summary>The first stage: it references nothing of ours and no library but the schema validator (and
    /// its JSON Pointer, which locates errors) and the YAML reader of brand files.</summary>
    [Fact]
    public void The_domain_references_only_the_JSON_schema_validator_and_the_YAML_reader()
    {
        AssemblyReferences.Of(typeof(Summit).Assembly).ShouldBe(["JsonPointer.Net", "JsonSchema.Net", "YamlDotNet"]);
    }

    [Fact]
    public void Domain_model_types_are_immutable_records()
    {
        var models = typeof(Summit).Assembly.GetTypes().Where(t => t.Namespace == "Reports.Domain.Model" && t.IsClass && !t.IsAbstract && t.GetMethod("<Clone>$") is not null);

        foreach (var type in models)
            type.GetProperties().Where(p => p.SetMethod is { } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                .ShouldBeEmpty($"{type.Name} has a mutable property");
    }
}
