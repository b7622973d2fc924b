"""groups splits the channels: weight shape (out, in/groups, kH, kW) and fewer parameters."""
import torch
from torch import nn

X = torch.zeros(1, 4, 6, 6)
for groups in [1, 2, 4]:
    conv = nn.Conv2d(4, 8, kernel_size=3, groups=groups)
    n_params = sum(p.numel() for p in conv.parameters())
    print(f"groups={groups}: weight {tuple(conv.weight.shape)}, output {tuple(conv(X).shape)},",
          f"{n_params} parameters")

try:
    nn.Conv2d(4, 6, kernel_size=3, groups=4)  # 6 output channels cannot be split into 4 groups
except ValueError as e:
    print("ValueError:", e)
