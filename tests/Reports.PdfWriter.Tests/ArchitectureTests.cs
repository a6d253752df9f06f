using System.Reflection;
using System.Runtime.InteropServices;

namespace Reports.PdfWriter.Tests;

public sealed class ArchitectureTests
{
    /// <summary>The writer is the last stage: it knows no layout, brief, domain or drawing library (no SkiaSharp).</summary>
    [Fact]
    public void The_writer_references_no_assembly_beyond_dotnet()
    {
        AssemblyReferences.Of(typeof(PdfDocumentWriter).Assembly).ShouldBe([]);
    }

    /// <summary>Its one native dependency is HarfBuzz's subsetter, bound by P/Invoke (the managed HarfBuzzSharp is not needed).</summary>
    [Fact]
    public void The_writer_calls_into_no_native_library_but_harfbuzz()
    {
        var libraries = typeof(PdfDocumentWriter).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<DllImportAttribute>()?.Value)
            .OfType<string>().Distinct().ToList();

        libraries.ShouldBe(["libHarfBuzzSharp"]);
    }
}
