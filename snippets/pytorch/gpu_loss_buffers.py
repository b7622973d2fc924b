"""A loss is a Module too: nothing to move, unless it holds a tensor such as class weights."""
import torch
from torch import nn

loss_fn = nn.CrossEntropyLoss()
print(list(loss_fn.parameters()), list(loss_fn.buffers()))  # nothing inside

loss_fn = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))
print([name for name, _ in loss_fn.named_buffers()])  # the class weights are a buffer
loss_fn.to(torch.float64)  # .to() converts buffers in place too
print(loss_fn.weight.dtype)
