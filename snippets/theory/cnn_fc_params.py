"""Count the parameters of a fully connected layer from a million pixels to 1000 hidden units."""
import torch
from torch import nn

# device="meta" builds the layer with real shapes but allocates no memory for the values
fc = nn.Linear(10**6, 10**3, device="meta")
print(fc.weight.shape, fc.bias.shape)
num_params = sum(p.numel() for p in fc.parameters())
print(f"{num_params:,} parameters")
print(f"{num_params * 4 / 1e9:.1f} GB as float32")  # 4 bytes per float32
assert num_params == 10**6 * 10**3 + 10**3
