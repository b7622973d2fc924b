"""nn.L1Loss and nn.MSELoss with each reduction, checked against the formulas."""
import torch
from torch import nn

y_hat = torch.tensor([1.0, 2.0, 3.0])  # predictions (float32)
y = torch.tensor([3.0, 2.0, 0.0])  # targets

for reduction in ["mean", "sum", "none"]:
    l1_fn = nn.L1Loss(reduction=reduction)
    mse_fn = nn.MSELoss(reduction=reduction)
    print(reduction, l1_fn(y_hat, y), mse_fn(y_hat, y))

# the same numbers by hand
diff = y_hat - y
print(diff.abs().mean(), diff.abs().sum())
print((diff ** 2).mean(), (diff ** 2).sum())
