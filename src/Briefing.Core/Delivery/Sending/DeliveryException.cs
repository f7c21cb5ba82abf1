namespace Briefing.Delivery.Sending;

/// <summary>A delivery that did not arrive, with a one-line reason an operator can act on.</summary>
internal sealed class DeliveryException(string message, Exception? inner = null) : Exception(message, inner);
