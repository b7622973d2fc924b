"""Initialize every nn.Linear of a network with a function passed to model.apply."""
import torch
from torch import nn

net = nn.Sequential(nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Linear(256, 10))

# apply visits every submodule (children first), then the module itself
net.apply(lambda m: print(type(m).__name__, end=" "))
print()


def init_weights(m):
    if isinstance(m, nn.Linear):  # only touch linear layers
        nn.init.normal_(m.weight, std=0.01)
        nn.init.zeros_(m.bias)  # same as nn.init.constant_(m.bias, 0)


torch.manual_seed(0)
net.apply(init_weights)
for name, param in net.named_parameters():
    print(f"{name:9} {str(tuple(param.shape)):11} mean={param.mean():+.4f} std={param.std():.4f}")
