"""net(X) runs the module's hooks and then forward; net.forward(X) skips the hooks."""
import torch
from torch import nn

torch.manual_seed(0)
net = nn.Linear(3, 2)  # a built-in layer is an nn.Module too


def report(module, inputs, output):
    print("hook ran, output shape:", tuple(output.shape))


net.register_forward_hook(report)
X = torch.rand(4, 3)
print("calling net(X)")
y_hat = net(X)
print("calling net.forward(X)")
y_hat = net.forward(X)  # same result, but the hook is silently skipped
