"""Backward through 20 ReLU layers: with too large weights the gradient grows layer by layer."""
import torch
from torch import nn

depth, width = 20, 64
torch.manual_seed(0)
X = torch.randn(128, width)


def grads_by_layer(scale):
    """Norm of dL/dh_l for hidden outputs h_20, h_15, h_10, h_5 and the input h_0."""
    torch.manual_seed(0)
    linears = [nn.Linear(width, width) for _ in range(depth)]
    for linear in linears:  # Kaiming's std sqrt(2 / width), times scale
        nn.init.normal_(linear.weight, std=scale * (2 / width) ** 0.5)
        nn.init.zeros_(linear.bias)
    h = X.clone().requires_grad_()
    hs = [h]
    for linear in linears:
        h = torch.relu(linear(h))
        h.retain_grad()  # keep dL/dh for this layer's output
        hs.append(h)
    loss = nn.Linear(width, 1)(h).mean()  # linear in the output: only the backward pass scales
    loss.backward()
    return [hs[layer].grad.norm().item() for layer in (20, 15, 10, 5, 0)]


print("std / Kaiming   h_20     h_15     h_10     h_5      input")
for scale in (0.5, 1.0, 2.0):
    print(f"{scale:13}  " + "  ".join(f"{g:.1e}" for g in grads_by_layer(scale)))
