"""nn.Dropout zeros some elements and rescales the rest in training mode; in eval mode: identity."""
import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
X = torch.arange(1.0, 9.0).reshape(2, 4)

print(dropout.training)  # a new module starts in training mode
print(dropout(X))  # about half zeroed, the rest doubled
dropout.eval()
print(dropout.training)
print(dropout(X))  # identity: X unchanged
