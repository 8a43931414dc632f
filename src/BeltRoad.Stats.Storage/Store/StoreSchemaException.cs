namespace BeltRoad.Stats.Storage;

/// <summary>The store cannot be used by this program: its schema is newer, or it could not be migrated. The message names the store.</summary>
public sealed class StoreSchemaException(string message, Exception? inner = null) : Exception(message, inner);
