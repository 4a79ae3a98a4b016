using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hub.LoadTest.Protocol;

/// <summary>Source-generated serialization of the wire records: no reflection on the receiving path.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(WireBatch))]
[JsonSerializable(typeof(WireCatchUp))]
[JsonSerializable(typeof(WireJoinResult))]
[JsonSerializable(typeof(WireVoteReceipt))]
[JsonSerializable(typeof(WireSettings))]
[JsonSerializable(typeof(LaunchRequest))]
[JsonSerializable(typeof(LaunchedSession))]
[JsonSerializable(typeof(BroadcastPost))]
[JsonSerializable(typeof(BroadcastItem))]
public sealed partial class WireJson : JsonSerializerContext;
