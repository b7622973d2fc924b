"""Compare the spread of common initializers with what their formulas predict."""
import math

import torch
from torch import nn

torch.manual_seed(0)
W = torch.empty(512, 256)  # (out_features, in_features): fan_in = 256, fan_out = 512
fan_in, fan_out = 256, 512
expected = {
    "xavier_uniform_": math.sqrt(2 / (fan_in + fan_out)),
    "xavier_normal_": math.sqrt(2 / (fan_in + fan_out)),
    "kaiming_uniform_": math.sqrt(2 / fan_in),
    "kaiming_normal_": math.sqrt(2 / fan_in),
}
for name, std in expected.items():
    init = getattr(nn.init, name)
    if name.startswith("kaiming"):
        init(W, nonlinearity="relu")
    else:
        init(W)
    print(f"{name:17} std={W.std():.4f} formula={std:.4f}")

layer = nn.Linear(256, 512)  # PyTorch's own default for nn.Linear
std = 1 / math.sqrt(3 * fan_in)  # (1)!
print(f"{'nn.Linear default':17} std={layer.weight.std():.4f} formula={std:.4f}")
