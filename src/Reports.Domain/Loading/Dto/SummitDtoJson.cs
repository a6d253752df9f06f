using System.Text.Json.Serialization;

namespace Reports.Domain.Loading.Dto;

/// <summary>
/// The dataset's DTOs read by generated code rather than by reflection: the native (ahead-of-time
/// compiled) CLI has no reflection-based serialiser, and a JIT-compiled run starts faster without one.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(SummitDto))]
internal sealed partial class SummitDtoJson : JsonSerializerContext;
