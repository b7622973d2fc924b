"""Which dtypes the losses accept: float inputs, and int64 class indices for cross-entropy."""
import torch
from torch import nn

y_hat = torch.tensor([1, 2, 3])  # integers: dtype int64
y = torch.tensor([3, 2, 0])
for loss_fn in [nn.L1Loss(), nn.MSELoss()]:
    try:
        loss_fn(y_hat, y)
    except (RuntimeError, NotImplementedError) as e:
        print(type(loss_fn).__name__, type(e).__name__, str(e).split(".")[0])
print(nn.L1Loss()(y_hat.float(), y.float()))  # convert to float32 and it works

logits = torch.tensor([[2.0, 1.0, 0.1],
                       [0.5, 2.5, 0.3]])
try:
    nn.CrossEntropyLoss()(logits, torch.tensor([0.0, 2.0]))  # float targets of shape (N,)
except RuntimeError as e:
    print("CrossEntropyLoss", type(e).__name__, str(e))
print(nn.CrossEntropyLoss()(logits, torch.tensor([0.0, 2.0]).long()))
