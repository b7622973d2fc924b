"""On a machine with an NVIDIA GPU: show which GPU PyTorch sees and use it once."""
import torch

assert torch.cuda.is_available(), "no usable CUDA GPU: check the driver and the wheel"
print(torch.cuda.device_count())  # number of visible GPUs
print(torch.cuda.get_device_name(0))  # e.g. 'NVIDIA GeForce RTX 4090'
print(torch.version.cuda)  # the CUDA version the wheel was built with, e.g. '12.6'

X = torch.ones(2, 3, device="cuda")
print(X.device, (X @ X.T).sum().item())  # cuda:0 12.0
